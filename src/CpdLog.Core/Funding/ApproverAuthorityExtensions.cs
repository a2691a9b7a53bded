namespace CpdLog.Core.Funding;

public static class ApproverAuthorityExtensions
{
    public static bool HasAny(this ApproverAuthority authority, ApproverAuthority any) => (authority & any) != 0;
}
