namespace CpdLog.IntegrationTests.Registrations;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.IntegrationTests.Infrastructure;

public sealed class RegistrationsApiTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task Bodies_ListsCatalogueWithVersionsOptionsAndAnchorLabel()
    {
        var client = await factory.CreateApiClientAsync("bodies@example.nhs.uk");

        var bodies = await client.GetFromJsonAsync<JsonElement>("/api/v1/bodies");

        var nmc = bodies.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "NMC");
        Assert.Equal("Nursing and Midwifery Council", nmc.GetProperty("name").GetString());
        Assert.Equal("2016-04", nmc.GetProperty("ruleVersion").GetString());
        Assert.StartsWith("Renewal date", nmc.GetProperty("anchorLabel").GetString());
        var option = nmc.GetProperty("options").EnumerateArray().First();
        Assert.Equal("registration", option.GetProperty("key").GetString());
        Assert.Equal(["registration", "submittedOn"], nmc.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("key").GetString()));
        Assert.Contains("nurse-and-midwife", option.GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        var icaew = bodies.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "ICAEW");
        Assert.Equal(["raid", "2023-11"], icaew.GetProperty("ruleVersions").EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Equal(10, bodies.EnumerateArray().Count(b => !b.GetProperty("custom").GetBoolean()));
    }

    [Fact]
    public async Task Crud_CreateReadUpdateDelete_MovesToBin()
    {
        var client = await factory.CreateApiClientAsync("crud@example.nhs.uk");

        var created = await client.PostAsJsonAsync("/api/v1/registrations", new
        {
            bodyCode = "nmc",
            registrationNumber = " 12A3456E ",
            anchorDate = "2027-06-30",
            options = new Dictionary<string, string> { ["registration"] = "Nurse-and-Midwife" },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = dto.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/registrations/{id}", created.Headers.Location?.AbsolutePath);
        Assert.Equal("NMC", dto.GetProperty("bodyCode").GetString());
        Assert.Equal("12A3456E", dto.GetProperty("registrationNumber").GetString());
        Assert.Equal("nurse-and-midwife", dto.GetProperty("options").GetProperty("registration").GetString());

        var updated = await client.PutAsJsonAsync($"/api/v1/registrations/{id}", new { bodyCode = "NMC", registrationNumber = "12A3456E", anchorDate = "2028-01-31" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}");
        Assert.Equal("2028-01-31", read.GetProperty("anchorDate").GetString());
        Assert.Equal("nurse", read.GetProperty("options").GetProperty("registration").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/registrations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/registrations/{id}")).StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/registrations")).GetArrayLength());
        var binned = await factory.WithDbAsync(db => Task.FromResult(db.Registrations.Single(r => r.Id == id)));
        Assert.NotNull(binned.DeletedAt);
    }

    [Theory]
    [InlineData("XYZ", "12345", "2027-06-30", "bodyCode")]
    [InlineData("", "12345", "2027-06-30", "bodyCode")]
    [InlineData("NMC", "", "2027-06-30", "registrationNumber")]
    [InlineData("NMC", "12345", "2027-02-30", "anchorDate")]
    [InlineData("NMC", "12345", "30/06/2027", "anchorDate")]
    [InlineData("NMC", "12345", "1850-01-01", "anchorDate")]
    public async Task Create_Invalid_ReturnsValidationProblemForTheField(string body, string number, string anchor, string field)
    {
        var client = await factory.CreateApiClientAsync($"invalid-{Guid.NewGuid():N}@example.nhs.uk");

        var response = await client.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = body, registrationNumber = number, anchorDate = anchor });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}: {errors}");
        Assert.Single(errors.EnumerateObject());
    }

    [Fact]
    public async Task Create_BadOptionChoiceOrUnknownOption_ReturnsOptionErrors()
    {
        var client = await factory.CreateApiClientAsync("options@example.nhs.uk");

        var response = await client.PostAsJsonAsync("/api/v1/registrations", new
        {
            bodyCode = "ACCA",
            registrationNumber = "1234",
            anchorDate = "2020-01-01",
            options = new Dictionary<string, string> { ["route"] = "sideways", ["colour"] = "blue" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("options.route", out _));
        Assert.True(errors.TryGetProperty("options.colour", out _));
    }

    [Fact]
    public async Task Create_DateOptionThatIsNotARealDate_IsRefused_AndARealOneIsKept()
    {
        var client = await factory.CreateApiClientAsync("dateoption@example.nhs.uk");
        object Icaew(string joinedOn) => new { bodyCode = "ICAEW", registrationNumber = "8001", anchorDate = "2024-06-01", options = new Dictionary<string, string> { ["joinedOn"] = joinedOn } };

        var bad = await client.PostAsJsonAsync("/api/v1/registrations", Icaew("31/02/2025"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("YYYY-MM-DD", errors.GetProperty("options.joinedOn")[0].GetString(), StringComparison.Ordinal);

        var good = await client.PostAsJsonAsync("/api/v1/registrations", Icaew("2025-02-01"));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Equal("2025-02-01", (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("options").GetProperty("joinedOn").GetString());
        var body = (await client.GetFromJsonAsync<JsonElement>("/api/v1/bodies")).EnumerateArray().Single(b => b.GetProperty("code").GetString() == "ICAEW");
        Assert.Contains(body.GetProperty("options").EnumerateArray(), o => o.GetProperty("key").GetString() == "joinedOn" && o.GetProperty("format").GetString() == "date");
    }

    [Fact]
    public async Task Create_SameBodyTwice_IsRefused()
    {
        var client = await factory.CreateApiClientAsync("twice@example.nhs.uk");
        var request = new { bodyCode = "HCPC", registrationNumber = "PA12345", anchorDate = "2027-08-31" };
        (await client.PostAsJsonAsync("/api/v1/registrations", request)).EnsureSuccessStatusCode();

        var again = await client.PostAsJsonAsync("/api/v1/registrations", request);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already", (await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AnotherUsersRegistration_IsNotFoundForEveryEndpoint()
    {
        var owner = await factory.CreateApiClientAsync("owner-a@example.nhs.uk");
        var other = await factory.CreateApiClientAsync("intruder-b@example.nhs.uk");
        var created = await owner.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "NMC", registrationNumber = "99Z9999Z", anchorDate = "2027-06-30" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/registrations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/registrations/{id}/compliance")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/registrations/{id}",
            new { bodyCode = "NMC", registrationNumber = "HIJACKED", anchorDate = "2027-06-30" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/registrations/{id}")).StatusCode);
        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>("/api/v1/registrations")).GetArrayLength());

        var still = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}");
        Assert.Equal("99Z9999Z", still.GetProperty("registrationNumber").GetString());
    }

    [Fact]
    public async Task CustomBody_DefinedByAdmin_CanBeRegisteredAndJudged()
    {
        var admin = await factory.CreateApiClientAsync("body-admin@example.nhs.uk", "Admin");
        var member = await factory.CreateApiClientAsync("ilm-member@example.nhs.uk");
        (await admin.PostAsJsonAsync("/api/v1/admin/bodies", new { code = "x-ilm", name = "Institute of Leadership", cycleMonths = 12, anchorKind = "CycleStart", requiredHours = 10 }))
            .EnsureSuccessStatusCode();

        var bodies = await member.GetFromJsonAsync<JsonElement>("/api/v1/bodies");
        var ilm = bodies.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "X-ILM");
        Assert.True(ilm.GetProperty("custom").GetBoolean());
        var created = await member.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "X-ILM", registrationNumber = "L1", anchorDate = "2026-01-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var compliance = await member.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance?asOf=2026-06-01");

        Assert.Equal("custom-v1", compliance.GetProperty("ruleVersion").GetString());
        Assert.Equal("2026-12-31", compliance.GetProperty("cycleEnd").GetString());
        Assert.Equal(10m, compliance.GetProperty("requirements")[0].GetProperty("required").GetDecimal());
    }

    [Fact]
    public async Task CustomBody_EditedRules_ApplyFromTheirDate_AndEarlierCyclesKeepTheirs()
    {
        var admin = await factory.CreateApiClientAsync("body-versions-admin@example.nhs.uk", "Admin");
        var member = await factory.CreateApiClientAsync("body-versions-member@example.nhs.uk");
        var body = await (await admin.PostAsJsonAsync("/api/v1/admin/bodies", new { code = "x-ver", name = "Versioned Institute", cycleMonths = 12, anchorKind = "CycleStart", requiredHours = 10 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var bodyId = body.GetProperty("id").GetGuid();
        var created = await member.PostAsJsonAsync("/api/v1/registrations", new { bodyCode = "X-VER", registrationNumber = "V1", anchorDate = "2024-01-01" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        async Task<(string Version, decimal Hours)> JudgedAsync(string asOf)
        {
            var c = await member.GetFromJsonAsync<JsonElement>($"/api/v1/registrations/{id}/compliance?asOf={asOf}");
            return (c.GetProperty("ruleVersion").GetString()!, c.GetProperty("requirements")[0].GetProperty("required").GetDecimal());
        }

        // 20 hours from cycles ending on or after 1 January 2026: the 2025 cycle keeps 10.
        var edit = await admin.PutAsJsonAsync($"/api/v1/admin/bodies/{bodyId}", new { name = "Versioned Institute", cycleMonths = 12, anchorKind = "CycleStart", requiredHours = 20, effectiveFrom = "2026-01-01" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var edited = await edit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("custom-v2", edited.GetProperty("ruleVersion").GetString());
        Assert.Equal(10m, edited.GetProperty("earlierVersions")[0].GetProperty("requiredHours").GetDecimal());
        Assert.Equal(("custom-v1", 10m), await JudgedAsync("2025-06-01"));
        Assert.Equal(("custom-v2", 20m), await JudgedAsync("2026-06-01"));

        // A correction made later, applying from an earlier date, wins for every cycle from then on.
        (await admin.PutAsJsonAsync($"/api/v1/admin/bodies/{bodyId}", new { name = "Versioned Institute", cycleMonths = 12, anchorKind = "CycleStart", requiredHours = 15, effectiveFrom = "2025-01-01" }))
            .EnsureSuccessStatusCode();
        Assert.Equal(("custom-v1", 10m), await JudgedAsync("2024-06-01"));
        Assert.Equal(("custom-v3", 15m), await JudgedAsync("2025-06-01"));
        Assert.Equal(("custom-v3", 15m), await JudgedAsync("2026-06-01"));
    }
}
