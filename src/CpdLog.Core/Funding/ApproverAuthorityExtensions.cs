namespace CpdLog.Core.Funding;

using CpdLog.Core.Display;

public static class ApproverAuthorityExtensions
{
    public static bool HasAny(this ApproverAuthority authority, ApproverAuthority any) => (authority & any) != 0;
}
