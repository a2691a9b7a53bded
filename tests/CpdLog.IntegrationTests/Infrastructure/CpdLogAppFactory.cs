namespace CpdLog.IntegrationTests.Infrastructure;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using CpdLog.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

/// <summary>
/// The real app on a real database with migrations applied: a fresh SQLite file per factory, or — when the test run
/// sets <c>CPDLOG_TEST_DB=Postgres</c> and <c>CPDLOG_TEST_PG</c> — a fresh PostgreSQL database on that server.
/// The clock is the one seam replaced (a <see cref="FakeTimeProvider"/>); everything else is production wiring.
/// </summary>
public class CpdLogAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Correct-Horse-42";

    private readonly string _postgresDatabase;
    private readonly bool _createDatabase;

    public CpdLogAppFactory()
        : this(Path.Combine(Path.GetTempPath(), "cpdlog-tests", Guid.NewGuid().ToString("N")), NewPostgresDatabaseName(), createDatabase: true)
    {
    }

    /// <summary>The app on an existing data folder and (PostgreSQL) an existing database, e.g. one a restore filled.</summary>
    protected CpdLogAppFactory(string dataPath, string postgresDatabase, bool createDatabase)
    {
        _postgresDatabase = postgresDatabase;
        _createDatabase = createDatabase;
        DataPath = dataPath;
        Directory.CreateDirectory(DataPath);
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) { AutoAdvanceAmount = RealTimeStep };
    }

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("CPDLOG_TEST_DB"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public string DataPath { get; }

    public string PostgresDatabase => _postgresDatabase;

    public static string NewPostgresDatabaseName() => "cpdlog_test_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>While <see cref="Now"/> is null the clock moves on by one tick per read, so instants stay in order.</summary>
    private static readonly TimeSpan RealTimeStep = TimeSpan.FromTicks(1);

    private DateTimeOffset? _now;

    /// <summary>The app's clock. While <see cref="Now"/> is null it is put to the real time at the start of every request.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Set to freeze "now" for the app (earlier or later than before); null means the real time.</summary>
    public DateTimeOffset? Now
    {
        get => _now;
        set
        {
            _now = value;
            Clock.AutoAdvanceAmount = value is null ? RealTimeStep : TimeSpan.Zero;
            Clock.AdjustTime(value ?? DateTimeOffset.UtcNow);
        }
    }

    /// <summary>Puts the clock to the real time unless a test froze it (called at the start of every request).</summary>
    internal void FollowRealTime()
    {
        if (_now is null)
        {
            Clock.AdjustTime(DateTimeOffset.UtcNow);
        }
    }

    /// <summary>Extra configuration for a test class (e.g. closed sign-up).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataPath", DataPath);
        if (UsePostgres)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Postgres", PostgresConnectionString(_postgresDatabase));
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(DataPath, "cpdlog.db")}");
        }

        // The reminder job's hosted loop would run on the real clock in every test host; reminder tests call its tick.
        builder.UseSetting("Reminders:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new RealTimeFilter(this));
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress.Filter>();
            ConfigureTestServices(services);
        });
    }

    /// <summary>Seams a test class replaces (e.g. a recording mail sender).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, TestClientAddress.Next());
    }

    public async Task InitializeAsync()
    {
        if (UsePostgres && _createDatabase)
        {
            await CreatePostgresDatabaseAsync(_postgresDatabase);
        }

        // Start the host now so migrations run before the first test.
        _ = Server;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (UsePostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresConnectionString("postgres"));
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a background task is not worth failing a test run for.
        }
    }

    /// <summary>Creates an empty database on the test server.</summary>
    public static async Task CreatePostgresDatabaseAsync(string database)
    {
        await using var admin = new NpgsqlConnection(PostgresConnectionString("postgres"));
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Drops a database made by <see cref="CreatePostgresDatabaseAsync"/>.</summary>
    public static async Task DropPostgresDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresConnectionString("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public static string PostgresConnectionString(string database)
    {
        var baseString = Environment.GetEnvironmentVariable("CPDLOG_TEST_PG")
            ?? throw new InvalidOperationException("CPDLOG_TEST_DB=Postgres needs CPDLOG_TEST_PG (a connection string to a server).");
        return new NpgsqlConnectionStringBuilder(baseString) { Database = database }.ConnectionString;
    }

    /// <summary>Registers a user through the public API and returns a client carrying their bearer token.</summary>
    public async Task<HttpClient> CreateApiClientAsync(string email, params string[] roles)
    {
        var client = CreateClient();
        var register = await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password });
        register.EnsureSuccessStatusCode();
        if (roles.Length > 0)
        {
            await AddRolesAsync(email, roles);
        }

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<AccessTokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>Registers a user and signs them in through the Login page; the client keeps the auth cookie.</summary>
    public async Task<FormClient> CreateSignedInFormClientAsync(string email, params string[] roles)
    {
        var api = CreateClient();
        (await api.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password })).EnsureSuccessStatusCode();
        if (roles.Length > 0)
        {
            await AddRolesAsync(email, roles);
        }

        return await SignInFormClientAsync(email);
    }

    /// <summary>Signs an existing user (e.g. one made by <see cref="CreateApiClientAsync"/>) in through the Login page.</summary>
    public async Task<FormClient> SignInFormClientAsync(string email)
    {
        var client = new FormClient(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var response = await client.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed for {email}: {(int)response.StatusCode}");
        }

        return client;
    }

    public async Task AddRolesAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Web.Infrastructure.CpdUserManager>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("No user " + email);
        await users.AddToRolesAsync(user, roles);
    }

    /// <summary>Runs <paramref name="action"/> against the app's database (for arranging or asserting state).</summary>
    public async Task<T> WithDbAsync<T>(Func<CpdLogDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CpdLogDbContext>());
    }

    public async Task<string> UserIdAsync(string email) => await WithDbAsync(async db =>
        (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, u => u.Email == email)).Id);

    private sealed record AccessTokenResponse(string AccessToken);
}
