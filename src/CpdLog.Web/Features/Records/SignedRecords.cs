namespace CpdLog.Web.Features.Records;

/// <summary>
/// A confirmation or reflective discussion signed by e-mail is the signer's statement: the registrant cannot change
/// or delete it (pages redirect to the sign-off, the API answers 409).
/// </summary>
public static class SignedRecords
{
    public const string Message = "This record was signed electronically by someone else, so it cannot be changed or deleted. "
        + "If it is wrong, ask them to sign a new one.";

    /// <summary>The sign-off a record was created from; null for a record the registrant typed in.</summary>
    public static Guid? SignOffOf(OwnedRecord record) => record is IElectronicallySigned { SignOffId: { } id } ? id : null;

    public static ProblemHttpResult? Refusal(OwnedRecord record) => SignOffOf(record) is null
        ? null
        : TypedResults.Problem(title: "Signed electronically", detail: Message, statusCode: StatusCodes.Status409Conflict);

    /// <summary>The sign-off's page (route value <c>id</c>: the sign-off's id).</summary>
    public const string DetailsPage = "/Registrations/SignOffs/Details";
}
