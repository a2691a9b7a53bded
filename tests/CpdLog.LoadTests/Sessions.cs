namespace CpdLog.LoadTests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

internal static partial class Sessions
{
    /// <summary>Signs <paramref name="email"/> in through the Login page (cookie) and the API (bearer token).</summary>
    public static async Task<Session> SignInAsync(Uri baseAddress, string email, string password, bool isLineManager = false)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress };
        var form = await client.GetStringAsync("/Identity/Account/Login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var post = await client.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (post.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} through the Login page failed: {(int)post.StatusCode}");
        }

        var cookie = cookies.GetCookieHeader(baseAddress);
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var bearer = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/v1/registrations");
        list.Headers.Authorization = new("Bearer", bearer);
        using var registrations = await client.SendAsync(list);
        registrations.EnsureSuccessStatusCode();
        var first = (await registrations.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .First(r => r.GetProperty("bodyCode").GetString() == "NMC");
        return new Session(email, cookie, bearer, first.GetProperty("id").GetGuid(), isLineManager);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
