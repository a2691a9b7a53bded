namespace CpdLog.Tests.Shared;

/// <summary>A person in the test provider's directory: a tenant (<c>tid</c>), an object id (<c>oid</c>) and claims.</summary>
public sealed record TestPerson(
    string UserName,
    string TenantId,
    string ObjectId,
    string Email,
    string Name,
    string[]? Roles = null,
    string? ManagerObjectId = null,
    string? CostCentre = null);
