namespace CpdLog.Core.Portfolio;

public enum NoticeKind
{
    Info = 0,
    Success = 1,
    Warning = 2,
}
