namespace CpdLog.IntegrationTests.Notifications;

using System.Globalization;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Features.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// The app with a fake clock (FakeTimeProvider) and real SMTP delivery to <see cref="SmtpTestServer"/>. <see cref="Twin"/>
/// starts a second instance of the app on the same database, clock and mail server: two instances of the service.
/// </summary>
public sealed class ReminderAppFactory : CpdLogAppFactory
{
    private readonly bool _twin;

    public ReminderAppFactory()
    {
        Smtp = new SmtpTestServer();
        Time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 4, 10, 0, 0, TimeSpan.Zero));
    }

    private ReminderAppFactory(ReminderAppFactory first)
        : base(first.DataPath, first.PostgresDatabase, createDatabase: false)
    {
        _twin = true;
        Smtp = first.Smtp;
        Time = first.Time;
    }

    public SmtpTestServer Smtp { get; }

    public FakeTimeProvider Time { get; }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Funding:RemindersEnabled"] = "false",
    };

    /// <summary>A second app instance on this one's database, clock and mail server (dispose it with DisposeAsync).</summary>
    public ReminderAppFactory Twin() => new(this);

    /// <summary>Sets the fake clock to 10:00 UTC on <paramref name="day"/> (09:00–11:00 in the UK).</summary>
    public void SetDay(int year, int month, int day) => Time.SetUtcNow(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// Moves the clock to 2 January of a year no test has used yet and returns it: the clock only goes forward, and the
    /// day claims and events of earlier tests stay in the shared database.
    /// </summary>
    public int FreshYear()
    {
        var year = Time.GetUtcNow().Year + 2;
        SetDay(year, 1, 2);
        return year;
    }

    /// <summary>One tick of the reminder job, as the hosted loop runs it.</summary>
    public async Task<ReminderRunResult> TickAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderJob>().TickAsync();
    }

    /// <summary>The job's sending step for <paramref name="day"/> without the day's claim (to race two instances on events).</summary>
    public async Task<int> SendDueAsync(DateOnly day)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderJob>().SendDueAsync(day);
    }

    /// <summary>Reminder e-mails (they carry List-Unsubscribe; account e-mails do not) received for <paramref name="email"/> so far.</summary>
    public List<MimeKit.MimeMessage> MailTo(string email) =>
        [.. Smtp.Received.Select(r => r.Message).Where(m => m.Headers.Contains("List-Unsubscribe")
            && m.To.Mailboxes.Any(b => string.Equals(b.Address, email, StringComparison.OrdinalIgnoreCase)))];

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Time);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_twin)
        {
            await Smtp.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
