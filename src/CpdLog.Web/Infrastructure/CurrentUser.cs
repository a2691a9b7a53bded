namespace CpdLog.Web.Infrastructure;

public static class CurrentUser
{
    /// <summary>The signed-in user's id. Only call behind the authenticated fallback policy.</summary>
    public static string UserId(this ClaimsPrincipal principal)
        => principal.FindFirstValue(ClaimTypes.NameIdentifier)
           ?? throw new InvalidOperationException("No signed-in user.");
}
