namespace CpdLog.IntegrationTests.Admin;

using System.Net;
using System.Net.Http.Json;
using CpdLog.IntegrationTests.Infrastructure;

public sealed class ClosedSignUpTests(ClosedSignUpFactory factory) : IClassFixture<ClosedSignUpFactory>
{
    public const string AdminEmail = "bootstrap-admin@example.nhs.uk";

    [Fact]
    public async Task RegisterApi_IsRefused()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = "walk-in@example.nhs.uk", password = CpdLogAppFactory.Password });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RegisterPage_SaysClosedAndRefusesPost()
    {
        var client = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));

        var page = await client.GetPageAsync("/Identity/Account/Register");
        Assert.Contains("Sign-up is closed", page);
        Assert.DoesNotContain("name=\"Input.Password\"", page);

        var post = await client.PostFormAsync("/Identity/Account/Register", new()
        {
            ["Input.DisplayName"] = "Walk In",
            ["Input.Email"] = "walk-in-page@example.nhs.uk",
            ["Input.Password"] = CpdLogAppFactory.Password,
            ["Input.ConfirmPassword"] = CpdLogAppFactory.Password,
        }, "/Identity/Account/Login");
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleOrDefaultAsync(db.Users, u => u.Email == "walk-in-page@example.nhs.uk")));
    }

    [Fact]
    public async Task Admin_CreatesAccountThroughPage_WhileSignUpIsClosed()
    {
        var admin = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var login = await admin.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = AdminEmail, ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var created = await admin.PostFormAsync("/Admin/Users/Create", new()
        {
            ["Input.DisplayName"] = "Invited Person",
            ["Input.Email"] = "invited@example.nhs.uk",
            ["Input.JobTitle"] = "Matron",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.StartsWith("/Admin/Users/Edit/", created.Headers.Location?.OriginalString);
        // No temporary password: the person sets their own from an e-mailed link (AccountEmailTests drives it end to end).
        Assert.Null(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Users.Where(u => u.Email == "invited@example.nhs.uk").Select(u => u.PasswordHash))));
    }
}
