namespace CpdLog.IntegrationTests.Security;

using System.Collections.Concurrent;
using CpdLog.Data;
using CpdLog.IntegrationTests.Infrastructure;
using CpdLog.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

/// <summary>
/// The real app with two seams observed: the password hasher (Identity's own, counted) and the mail sender (recorded),
/// so tests prove "the same work and the same mail" structurally rather than by timing.
/// </summary>
public sealed class SecurityAppFactory : CpdLogAppFactory
{
    public CountingHasher Hasher { get; } = new();

    public ConcurrentQueue<EmailMessage> Mail { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<IPasswordHasher<CpdUser>>();
        services.AddSingleton<IPasswordHasher<CpdUser>>(Hasher);
        services.RemoveAll<IMailSender>();
        services.AddSingleton<IMailSender>(new RecordingMailSender(Mail));
    }

    public sealed class CountingHasher : IPasswordHasher<CpdUser>
    {
        private readonly PasswordHasher<CpdUser> _inner = new();
        private int _hashes;
        private int _verifications;

        public int Hashes => _hashes;

        public int Verifications => _verifications;

        public void Reset()
        {
            _hashes = 0;
            _verifications = 0;
        }

        public string HashPassword(CpdUser user, string password)
        {
            Interlocked.Increment(ref _hashes);
            return _inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(CpdUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class RecordingMailSender(ConcurrentQueue<EmailMessage> mail) : IMailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken ct)
        {
            mail.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}
