namespace CpdLog.Web.Features.Portfolio;

using Microsoft.Net.Http.Headers;

/// <summary>A rendered portfolio waiting to be served, and the record of its issue.</summary>
public sealed class IssuedPdf(IssuedPortfolio record, Stream buffer, string fileName, ILogger logger) : IAsyncDisposable
{
    public IssuedPortfolio Record => record;

    public string FileName => fileName;

    /// <summary>
    /// Streams the buffered PDF to the response as an attachment, hashing it again on the way out: the bytes served
    /// must be the bytes recorded. A mismatch (never expected) aborts the download rather than serve an unverifiable file.
    /// </summary>
    public async Task WriteToAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/pdf";
        response.ContentLength = record.SizeBytes;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Verification-Code"] = record.VerificationCode;

        await using var hashing = new HashingWriteStream(response.Body);
        await buffer.CopyToAsync(hashing, context.RequestAborted);
        if (hashing.HashHex() != record.Sha256 || hashing.BytesWritten != record.SizeBytes)
        {
            logger.LogError("Portfolio {Code}: the bytes served differ from the bytes recorded; aborting", record.VerificationCode);
            context.Abort();
        }
    }

    public ValueTask DisposeAsync() => buffer.DisposeAsync();
}
