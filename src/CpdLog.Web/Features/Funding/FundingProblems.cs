namespace CpdLog.Web.Features.Funding;

/// <summary>How a funding refusal becomes RFC 7807 problem details: 400 with every field error, 403, 404 or 409.</summary>
public static class FundingProblems
{
    public static IResult ToProblem(FundingOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Result.Refusal: { Kind: RefusalKind.Invalid } r } => ToValidationProblem(r),
            { Result.Refusal: { Kind: RefusalKind.NotAllowed } r } => TypedResults.Problem(title: "Not allowed", detail: r.Message, statusCode: StatusCodes.Status403Forbidden),
            { Result.Refusal: { } r } => TypedResults.Problem(title: "Conflict", detail: r.Message, statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Ok(),
        };
    }

    /// <summary>Every field error of a refusal, keyed by JSON property name (one mapper for the API and the pages).</summary>
    public static ValidationProblem ToValidationProblem(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return FieldErrorMapper.ToValidationProblem(refusal.Errors.Count > 0 ? refusal.Errors : [new(refusal.Field, refusal.Message)]);
    }

    /// <summary>Documents the refusals a funding operation can give: 400 field errors, 403, 404 and 409 as problem details.</summary>
    public static RouteHandlerBuilder ProducesRefusals(this RouteHandlerBuilder builder) => builder
        .Produces<FundingRequestDto>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
