namespace CpdLog.IntegrationTests.Records;

using CpdLog.Core.SignOffs;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Features.Records;
using CpdLog.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The demo data (<c>--seed-demo</c>) takes each record type's sample from its descriptor, checked by the type's rules.</summary>
public sealed class DemoDataTests(CpdLogAppFactory factory) : IClassFixture<CpdLogAppFactory>
{
    [Fact]
    public async Task Seed_GivesTheSecondDemoManagerARecordOfEveryListedType()
    {
        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }

        var priya = await factory.UserIdAsync("analyst@demo.cpdlog.local");
        foreach (var type in RecordTypes.Crud)
        {
            var count = await factory.WithDbAsync(db => type.CountAsync(db, priya, CancellationToken.None));
            Assert.True(count >= 1, $"No demo {type.Slug} for the second manager");
        }

        var zoe = await factory.UserIdAsync(DemoData.ManagerEmail);
        Assert.Equal(0, await factory.WithDbAsync(db => RecordTypes.GapExplanations.CountAsync(db, zoe, CancellationToken.None)));

        // Her reflective discussion partner has been asked, by e-mail, to sign the NMC form and has not answered yet.
        var signOff = await factory.WithDbAsync(db => db.SignOffRequests.SingleAsync(r => r.OwnerId == zoe));
        Assert.Equal((SignOffKind.Discussion, SignOffState.Pending, "grace.okafor@northshire.example.nhs.uk"), (signOff.Kind, signOff.State, signOff.RecipientEmail));
        Assert.NotEmpty(signOff.SummaryJson);
    }
}
