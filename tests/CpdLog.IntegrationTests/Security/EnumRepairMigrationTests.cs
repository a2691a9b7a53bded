namespace CpdLog.IntegrationTests.Security;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CpdLog.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

/// <summary>Values stored out of range before enums were checked are repaired by the RepairOutOfRangeEnums migration.</summary>
public sealed class EnumRepairMigrationTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task OutOfRangeModeStoredEarlier_IsRepaired_AndTheRequestReadsAgain()
    {
        var api = await factory.CreateApiClientAsync("enum-repair@example.nhs.uk");
        var created = await api.PostAsJsonAsync("/api/v1/funding-requests", new { title = "Course", provider = "Uni", startDate = "2027-01-10", endDate = "2027-01-12", tuitionFee = 100m, justification = "Needed" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        await factory.WithDbAsync(async db =>
        {
            // As the API stored it before: "mode": 99.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "FundingRequests" SET "Mode" = '99'""");
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            var index = all.FindIndex(m => m.EndsWith("_RepairOutOfRangeEnums", StringComparison.Ordinal));
            await migrator.MigrateAsync(all[index - 1]);
            await migrator.MigrateAsync(all[^1]);
            return 0;
        });

        var mode = await factory.WithDbAsync(async db =>
            await db.Database.SqlQueryRaw<string>("""SELECT "Mode" AS "Value" FROM "FundingRequests" """).SingleAsync());
        Assert.Equal("Classroom", mode);
        var read = await api.GetAsync($"/api/v1/funding-requests/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("\"mode\":\"Classroom\"", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
