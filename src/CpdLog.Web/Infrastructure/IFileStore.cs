namespace CpdLog.Web.Infrastructure;

/// <summary>Where evidence and other uploaded bytes live: outside the web root, addressed by opaque keys.</summary>
public interface IFileStore
{
    Task SaveAsync(string key, Stream content, CancellationToken ct);

    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}
