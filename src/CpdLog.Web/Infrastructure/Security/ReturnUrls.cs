namespace CpdLog.Web.Infrastructure.Security;

/// <summary>Where the sign-in pages send the user afterwards: the return URL when it is local to this site (never an open redirect), otherwise home.</summary>
public static class ReturnUrls
{
    public static string LocalOrHome(this IUrlHelper url, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
    }
}
