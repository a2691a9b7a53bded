using CpdLog.Web.Api;

// Every "today" in CpdLog is the UK date (Europe/London): without the time zone data dates would be wrong, so refuse to start.
if (CpdLog.Core.Time.UkCalendar.MissingZoneProblem() is { } zoneProblem)
{
    await Console.Error.WriteLineAsync("CpdLog cannot start: " + zoneProblem);
    return 1;
}

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
var startup = StartupOptions.Parse(args, builder.Configuration);

builder.Services.AddCpdDatabase(builder.Configuration);
builder.Services.AddCpdIdentity(builder.Configuration);
builder.Services.AddCpdAuthorization();
builder.Services.AddCpdInfrastructure(builder.Configuration);
builder.Services.AddCpdFeatures(builder.Configuration);
builder.Services.AddCpdApi();
builder.Services.AddCpdHealthChecks();
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features")
    .AddMvcOptions(o => o.Filters.Add<IdentityPageGuard>())
    .AddMvcOptions(CpdLog.Web.Infrastructure.Forms.PlainEnglishMessages.AddTo);

var app = builder.Build();

// Backup and restore run before anything touches the database (no migrations) and exit.
if (startup.IsBackupOrRestore)
{
    return await CpdLog.Web.Infrastructure.Backup.BackupCommands.RunAsync(app.Services, startup);
}

// Links in e-mails and portfolios come from configuration; Production refuses to start without sound addresses.
if (!startup.MigrateOnly && PublicAddress.Problems(app.Configuration, app.Environment) is { Count: > 0 } problems)
{
    app.Logger.LogCritical("CpdLog cannot start: {Problems}", string.Join(" ", problems));
    await Console.Error.WriteLineAsync("CpdLog cannot start:\n  " + string.Join("\n  ", problems));
    return 1;
}

await app.Services.MigrateDatabaseAsync(startup);
if (startup.MigrateOnly)
{
    return 0;
}

// Load-test data: Development only, empty database only (every account has a known password).
if (startup.SeedScale is { } scale)
{
    return await CpdLog.Web.Infrastructure.Scale.ScaleSeeder.RunAsync(app.Services, scale.Users, scale.Activities);
}

app.UseCpdPipeline();
app.MapRazorPages();
app.MapCpdApi();
app.MapCpdHealth();
app.LogPortfolioFonts();
app.WarnIfKeysUnprotected();

await app.RunAsync();
return 0;
