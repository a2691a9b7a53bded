namespace CpdLog.Web.Infrastructure.Backup;

/// <summary>A backup or restore that was refused or failed, with a message meant for the operator.</summary>
public sealed class BackupException : Exception
{
    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public BackupException()
    {
    }
}
