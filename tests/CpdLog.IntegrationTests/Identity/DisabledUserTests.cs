namespace CpdLog.IntegrationTests.Identity;

using System.Net;
using System.Net.Http.Json;
using CpdLog.IntegrationTests.Infrastructure;

public sealed class DisabledUserTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task DisabledUser_CannotSignIn_AndExistingSessionsStop()
    {
        var email = "to-disable@example.nhs.uk";
        var session = await factory.CreateSignedInFormClientAsync(email);
        var token = await factory.CreateApiClientAsync("disabler@example.nhs.uk", "Admin");
        var api = factory.CreateClient();
        var bearer = await LoginAsync(api, email);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Dashboard")).StatusCode);

        var disable = await token.PutAsJsonAsync($"/api/v1/admin/users/{await factory.UserIdAsync(email)}", new { isDisabled = true });
        disable.EnsureSuccessStatusCode();

        var page = new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var login = await page.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = CpdLogAppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("There is a problem", await login.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await api.PostAsJsonAsync("/api/v1/auth/login", new { email, password = CpdLogAppFactory.Password })).StatusCode);

        // Sessions from before the change end on their next request.
        var page2 = await session.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, page2.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", page2.Headers.Location?.AbsolutePath);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/registrations");
        request.Headers.Authorization = new("Bearer", bearer);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.SendAsync(request)).StatusCode);

        (await token.PutAsJsonAsync($"/api/v1/admin/users/{await factory.UserIdAsync(email)}", new { isDisabled = false })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/auth/login", new { email, password = CpdLogAppFactory.Password })).StatusCode);
    }

    private static async Task<string> LoginAsync(HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = CpdLogAppFactory.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
