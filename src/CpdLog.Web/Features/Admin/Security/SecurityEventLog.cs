namespace CpdLog.Web.Features.Admin.Security;

/// <summary>Reads the append-only security audit for Admins (newest first) and writes it as CSV.</summary>
public static class SecurityEventLog
{
    public static Task<List<SecurityEvent>> LatestAsync(CpdLogDbContext db, int count, CancellationToken ct) =>
        db.SecurityEvents.AsNoTracking().OrderByDescending(e => e.Id).Take(count).ToListAsync(ct);

    public static string Csv(IEnumerable<SecurityEvent> events)
    {
        var csv = new StringBuilder("At (UTC),Event,User id,Email,Client address,Detail\r\n");
        foreach (var e in events)
        {
            csv.AppendJoin(',',
                Field(e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                Field(e.Kind.ToString()), Field(e.UserId), Field(e.Email), Field(e.ClientAddress), Field(e.Detail));
            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    // RFC 4180 quoting, and a leading ' for text a spreadsheet would run as a formula (CSV injection).
    private static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
