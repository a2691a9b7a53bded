namespace CpdLog.Web.Features.Records;

using AutoMapper;

/// <summary>A record type with the standard JSON API (list, read, create, replace, delete to the bin) and input/DTO maps.</summary>
public interface ICrudRecordType : IRecordType
{
    /// <summary>PascalCase name used for OpenAPI tags and operation ids.</summary>
    string ApiName { get; }

    /// <summary>Maps <c>/{slug}</c> with the CRUD routes under <paramref name="api"/> (<c>/api/v1</c>).</summary>
    RouteGroupBuilder MapApi(RouteGroupBuilder api);

    /// <summary>Adds entity → DTO and entity → input (the Edit page) maps.</summary>
    void AddMaps(Profile profile);

    /// <summary>
    /// A new record of this type for <paramref name="ownerId"/> made from <see cref="Sample"/> (demo data); throws when
    /// the sample does not pass the type's own rules.
    /// </summary>
    OwnedRecord NewSample(string ownerId, DateOnly today, string label, DateTimeOffset now);

    /// <summary>A valid input (an API body or form) with <paramref name="label"/> in its main text field; dates relative to <paramref name="today"/>.</summary>
    object Sample(DateOnly today, string label);
}
