namespace CpdLog.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>Links in e-mails are built from Email:BaseUrl, whatever Host header the request carried.</summary>
public sealed partial class PublicAddressTests(ConfiguredAddressAppFactory factory) : IClassFixture<ConfiguredAddressAppFactory>
{
    [Fact]
    public void Page_IsTheRoutedPathOnTheConfiguredAddress()
    {
        var address = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Web.Infrastructure.PublicAddress>(factory.Services);
        var id = Guid.NewGuid();

        Assert.Equal($"{ConfiguredAddressAppFactory.PublicBase}/Funding/Details/{id}", address.Page("/Funding/Details", new { id }));
        Assert.Equal($"{ConfiguredAddressAppFactory.PublicBase}/Dashboard#reg-{id}", address.Page("/Dashboard/Index", fragment: $"reg-{id}"));
        Assert.Equal($"{ConfiguredAddressAppFactory.PublicBase}/Identity/Account/Login", address.Page("/Account/Login", new { area = "Identity" }));
        Assert.Equal($"{ConfiguredAddressAppFactory.PublicBase}/Notifications/Unsubscribe?token=a%2Bb%2Fc", address.Page("/Notifications/Unsubscribe", new { token = "a+b/c" }));
        Assert.Throws<InvalidOperationException>(() => address.Page("/No/Such/Page"));
    }

    [Fact]
    public async Task ForgottenPassword_WithHostEvilExample_MailsALinkToTheConfiguredAddress()
    {
        const string email = "victim@example.nhs.uk";
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = CpdLogAppFactory.Password })).EnsureSuccessStatusCode();
        // Reset links go only to confirmed addresses.
        await factory.WithDbAsync(async db =>
        {
            db.Users.Single(u => u.Email == email).EmailConfirmed = true;
            return await db.SaveChangesAsync();
        });

        // Every request of this client names evil.example as its Host, as the attacker's would.
        var attacker = new FormClient(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://evil.example"),
            AllowAutoRedirect = false,
        }));
        var forgot = await attacker.PostFormAsync("/Identity/Account/ForgotPassword", new() { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, forgot.StatusCode);

        var reset = (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").Contains("Reset", StringComparison.Ordinal))).Single();
        var links = LinkPattern().Matches(reset.TextBody ?? "").Select(m => m.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(ConfiguredAddressAppFactory.PublicBase + "/Identity/Account/ResetPassword?", link));
        Assert.DoesNotContain("evil.example", reset.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RegisterThroughTheApi_WithHostEvilExample_ConfirmationLinkUsesTheConfiguredAddress()
    {
        const string email = "newcomer@example.nhs.uk";
        var attacker = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        (await attacker.PostAsJsonAsync("/api/v1/auth/register", new { email, password = CpdLogAppFactory.Password })).EnsureSuccessStatusCode();

        var confirm = (await factory.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").Contains("Confirm", StringComparison.Ordinal))).Single();
        var link = LinkPattern().Match(confirm.TextBody ?? "").Value;
        Assert.StartsWith(ConfiguredAddressAppFactory.PublicBase + "/", link);
        Assert.DoesNotContain("evil.example", confirm.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
