namespace CpdLog.Web.Features.Archive;

/// <summary>Export and import of the signed-in person's archive, shared by the API and the "Your data" page.</summary>
public sealed class PersonalArchiveService(PersonalArchiveExporter exporter, PersonalArchiveReader reader, PersonalArchiveImporter importer)
{
    public const string ContentType = "application/zip";

    /// <summary>
    /// The archive in a private temporary file that deletes itself when the returned stream is closed: entries are
    /// streamed into it one at a time, and the download is streamed from it.
    /// </summary>
    public async Task<Stream> ExportAsync(string ownerId, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cpdlog-archive-{Guid.NewGuid():N}.zip");
        var options = PrivateFiles.NewFile();
        options.Access = FileAccess.ReadWrite;
        options.Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous;
        var file = new FileStream(path, options);
        try
        {
            await exporter.WriteAsync(ownerId, file, ct);
            await file.FlushAsync(ct);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public static string FileName(DateOnly today) => $"cpdlog-archive-{today:yyyy-MM-dd}.zip";

    /// <summary>Checks the whole archive, then imports it; <see cref="ArchiveRefusedException"/> when it cannot be, with nothing written.</summary>
    public async Task<ArchiveImportResult> ImportAsync(string ownerId, IFormFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var upload = file.OpenReadStream();
        Stream seekable = upload;
        FileStream? copy = null;
        try
        {
            if (!upload.CanSeek)
            {
                var options = PrivateFiles.NewFile();
                options.Access = FileAccess.ReadWrite;
                options.Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous;
                copy = new FileStream(Path.Combine(Path.GetTempPath(), $"cpdlog-import-{Guid.NewGuid():N}.zip"), options);
                await upload.CopyToAsync(copy, ct);
                copy.Position = 0;
                seekable = copy;
            }

            using var archive = await reader.ReadAsync(seekable, ct);
            try
            {
                return await importer.ImportAsync(ownerId, archive, ct);
            }
            catch (DbUpdateException e)
            {
                throw new ArchiveRefusedException("Another import of this archive finished first, so nothing was imported this time. Import it again to see what it holds that is new.", e);
            }
        }
        finally
        {
            if (copy is not null)
            {
                await copy.DisposeAsync();
            }
        }
    }
}
