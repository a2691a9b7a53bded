using CpdLog.Web.Api;
using CpdLog.Web.Authorization;
using CpdLog.Web.Infrastructure;
using CpdLog.Web.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(args);
var startup = StartupOptions.Parse(args, builder.Configuration);

builder.Services.AddCpdDatabase(builder.Configuration);
builder.Services.AddCpdIdentity(builder.Configuration);
builder.Services.AddCpdAuthorization();
builder.Services.AddCpdInfrastructure(builder.Configuration);
builder.Services.AddCpdFeatures(builder.Configuration);
builder.Services.AddCpdApi();
builder.Services.AddCpdHealthChecks();
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");

var app = builder.Build();

await app.Services.MigrateDatabaseAsync(startup);
if (startup.MigrateOnly)
{
    return;
}

app.UseCpdPipeline();
app.MapRazorPages();
app.MapCpdApi();
app.MapCpdHealth();
app.LogPortfolioFonts();
app.WarnIfKeysUnprotected();

await app.RunAsync();
