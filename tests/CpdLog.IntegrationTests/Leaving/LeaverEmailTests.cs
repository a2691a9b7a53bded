namespace CpdLog.IntegrationTests.Leaving;

using CpdLog.Core.Display;
using CpdLog.IntegrationTests.Funding;
using CpdLog.Web.Features.Leaving;
using CpdLog.Web.Infrastructure.Time;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// When HR records a leaving date, the leaver is e-mailed the day their CPD record will be erased and where to download
/// their archive; withdrawing the date, or recording the same date again, sends nothing.
/// </summary>
public sealed class LeaverEmailTests(FundingAppFactory factory) : IClassFixture<FundingAppFactory>
{
    [Fact]
    public async Task RecordingALeavingDate_EmailsTheLeaver_WithTheErasureDateAndTheArchivePage_Once()
    {
        const string email = "leaver-mail@example.nhs.uk";
        await factory.CreateApiClientAsync(email);
        var id = await factory.UserIdAsync(email);
        var today = TimeProvider.System.UkToday();
        var leftOn = today.AddDays(14);

        Assert.Empty(await RecordAsync(id, leftOn));

        var sent = await factory.Smtp.WaitForAsync(IsLeaverMail);
        var message = Assert.Single(sent);
        var body = message.TextBody;
        Assert.Contains($"you leave on {UkFormat.Date(leftOn)}", body, StringComparison.Ordinal);
        Assert.Contains($"stays here until {UkFormat.Date(leftOn.AddDays(90))}", body, StringComparison.Ordinal);
        Assert.Contains("/Leaving", body, StringComparison.Ordinal);

        // The same date again and a withdrawal tell the leaver nothing new.
        Assert.Empty(await RecordAsync(id, leftOn));
        Assert.Empty(await RecordAsync(id, null));
        await Task.Delay(500);
        Assert.Single(factory.Smtp.Received, r => IsLeaverMail(r.Message));
    }

    private static bool IsLeaverMail(MimeKit.MimeMessage message) =>
        message.To.ToString().Contains("leaver-mail@example.nhs.uk", StringComparison.Ordinal) && message.Subject == "Take your CPD record with you when you leave";

    private async Task<Dictionary<string, string>> RecordAsync(string id, DateOnly? leftOn)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LeaverErasure>().RecordLeavingAsync(id, id, leftOn, CancellationToken.None);
    }
}
