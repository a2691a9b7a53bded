namespace CpdLog.Web.Features.SignOff;

/// <summary>The registrant's side of sign-off by e-mail: ask, list, withdraw. The recipient's side is the /SignOff page.</summary>
public static class SignOffEndpoints
{
    public static void MapSignOffApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sign-off-requests").WithTags("Sign-off requests");

        group.MapGet("/", async (Guid? registrationId, ClaimsPrincipal user, SignOffService service, CancellationToken ct) =>
            {
                var now = service.Now;
                return TypedResults.Ok((await service.ListAsync(user.UserId(), registrationId, ct)).Select(r => SignOffRequestDto.From(r, now)).ToList());
            })
            .WithName("ListSignOffRequests")
            .WithPaging()
            .WithSummary("Your sign-off requests, newest first (optionally for one registration); status is pending, signed, declined, expired or withdrawn");

        group.MapGet("/{id:guid}", async Task<Results<Ok<SignOffRequestDto>, NotFound>> (Guid id, ClaimsPrincipal user, SignOffService service, CancellationToken ct) =>
                await service.FindOwnedAsync(user.UserId(), id, ct) is { } request
                    ? TypedResults.Ok(SignOffRequestDto.From(request, service.Now))
                    : TypedResults.NotFound())
            .WithName("GetSignOffRequest")
            .WithSummary("One of your sign-off requests");

        group.MapPost("/", async Task<Results<Created<SignOffRequestDto>, ValidationProblem, NotFound>> (
                HttpRequest http, ClaimsPrincipal user, SignOffService service, CancellationToken ct) =>
            {
                var (input, unreadable) = await RecordApi.ReadInputAsync<SignOffRequestInput>(http, ct);
                if (input is null)
                {
                    return TypedResults.ValidationProblem(unreadable!);
                }

                var (request, errors) = await service.CreateAsync(user.UserId(), input, ct);
                if (errors is not null)
                {
                    return TypedResults.ValidationProblem(errors);
                }

                return request is null
                    ? TypedResults.NotFound()
                    : TypedResults.Created($"/api/v1/sign-off-requests/{request.Id}", SignOffRequestDto.From(request, service.Now));
            })
            .Accepts<SignOffRequestInput>("application/json")
            .WithName("CreateSignOffRequest")
            .WithSummary("Ask someone to sign off by e-mail: kind Confirmation or Discussion (NMC registrations) or Attestation (any body). "
                + "They get a single-use link that expires (SignOff:LinkLifetimeDays, default 30). The e-mail must not be one of your own addresses.");

        group.MapPost("/{id:guid}/withdraw", async Task<Results<Ok<SignOffRequestDto>, NotFound, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, SignOffService service, CancellationToken ct) =>
            {
                var outcome = await service.WithdrawAsync(user.UserId(), id, ct);
                var request = await service.FindOwnedAsync(user.UserId(), id, ct);
                return outcome switch
                {
                    SignOffOutcome.NotFound => TypedResults.NotFound(),
                    SignOffOutcome.Closed => TypedResults.Problem(
                        title: "This request cannot be withdrawn",
                        detail: $"It is {SignOffRequestDto.From(request!, service.Now).Status}: only a pending request can be withdrawn.",
                        statusCode: StatusCodes.Status409Conflict),
                    _ => TypedResults.Ok(SignOffRequestDto.From(request!, service.Now)),
                };
            })
            .WithName("WithdrawSignOffRequest")
            .WithSummary("Withdraw a request that has not been answered: its link stops working");
    }
}
