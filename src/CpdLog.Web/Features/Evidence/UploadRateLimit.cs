namespace CpdLog.Web.Features.Evidence;

using System.Threading.RateLimiting;

/// <summary>
/// Uploads per person per window (<c>Evidence:UploadPermitLimit</c> per <c>Evidence:UploadWindowSeconds</c>), counted
/// for every way in (record forms, the evidence panel, the API, a funding certificate). Per process: with several
/// instances each allows the limit.
/// </summary>
public sealed class UploadRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public UploadRateLimit(IOptions<EvidenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, o.UploadPermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, o.UploadWindowSeconds)),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>What a person over the limit is told (pages put it in the error summary; the API in <see cref="TooManyProblem"/>).</summary>
    public const string Message = "You have uploaded a lot of files in a short time. Wait a few minutes and try again";

    /// <summary>The API's 429 for an upload over the limit.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooManyProblem() =>
        TypedResults.Problem(title: "Too many uploads", detail: Message + ".", statusCode: StatusCodes.Status429TooManyRequests);

    public bool TryAcquire(string userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
