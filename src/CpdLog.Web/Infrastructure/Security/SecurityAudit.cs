namespace CpdLog.Web.Infrastructure.Security;

/// <summary>Writes account security events to the append-only <see cref="CpdLogDbContext.SecurityEvents"/>.</summary>
public sealed class SecurityAudit(CpdLogDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task RecordAsync(SecurityEventKind kind, CpdUser? user, string? email = null, string? detail = null)
    {
        db.SecurityEvents.Add(new SecurityEvent
        {
            At = clock.GetUtcNow(),
            Kind = kind,
            UserId = user?.Id,
            Email = Truncate(user?.Email ?? email, 256),
            ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Detail = Truncate(detail, 500),
        });
        await db.SaveChangesAsync();
    }

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
