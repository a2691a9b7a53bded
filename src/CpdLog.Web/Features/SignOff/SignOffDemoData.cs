namespace CpdLog.Web.Features.SignOff;

/// <summary>
/// A sign-off request awaiting an answer, after the records (Order 40): the demo manager has asked her reflective
/// discussion partner, by e-mail, to sign the NMC form. Made through <see cref="SignOffService"/>, as the page makes
/// it, so its frozen summary and link are real.
/// </summary>
public sealed class SignOffDemoData(CpdLogDbContext db, SignOffService signOffs) : IDemoDataContributor
{
    public int Order => 40;

    public async Task SeedAsync(DemoUsers users, CancellationToken ct)
    {
        var nmc = await db.Registrations.AsNoTracking()
            .Where(r => r.OwnerId == users.Manager.Id && r.BodyCode == "NMC")
            .Select(r => r.Id)
            .SingleAsync(ct);
        var (request, errors) = await signOffs.CreateAsync(users.Manager.Id, new SignOffRequestInput
        {
            RegistrationId = nmc,
            Kind = "Discussion",
            Name = "Grace Okafor",
            Email = "grace.okafor@northshire.example.nhs.uk",
        }, ct);
        if (request is null)
        {
            throw new InvalidOperationException("The demo sign-off request was refused: " + string.Join("; ", errors?.SelectMany(e => e.Value) ?? []));
        }
    }
}
