namespace CpdLog.Web.Features.Archive;

/// <summary>A personal archive that cannot be imported, with the reason in words for the person; nothing was written.</summary>
public sealed class ArchiveRefusedException(string message, Exception? inner = null) : Exception(message, inner);
