namespace CpdLog.Data;

using System.Security.Cryptography;
using CpdLog.Core.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

/// <summary>
/// Per-user data stamps (<see cref="UserDataVersion"/>): every <c>SaveChanges</c> that adds, changes or removes an
/// entity with an <c>OwnerId</c> (every record type, registrations, evidence, gap explanations, bin and restore,
/// imports, sign-offs) gives each affected owner a new stamp in the same transaction; a change to a custom body
/// renews the <see cref="UserDataVersion.CustomBodiesKey"/> stamp, and a new user gets a first stamp.
/// </summary>
public sealed partial class CpdLogDbContext
{
    private const string OwnerIdProperty = "OwnerId";

    public DbSet<UserDataVersion> UserDataVersions => Set<UserDataVersion>();

    private void StampChangedOwners()
    {
        var keys = ChangedOwnerKeys();
        if (keys.Count > 0)
        {
            Restamp(keys, [.. UserDataVersions.Where(v => keys.Contains(v.UserId))]);
        }
    }

    private async Task StampChangedOwnersAsync(CancellationToken ct)
    {
        var keys = ChangedOwnerKeys();
        if (keys.Count > 0)
        {
            Restamp(keys, await UserDataVersions.Where(v => keys.Contains(v.UserId)).ToListAsync(ct));
        }
    }

    private void Restamp(List<string> keys, List<UserDataVersion> existing)
    {
        foreach (var key in keys)
        {
            // A row added earlier in this unit of work is tracked but not yet in the database.
            var row = existing.Find(v => v.UserId == key) ?? UserDataVersions.Local.FirstOrDefault(v => v.UserId == key);
            if (row is null)
            {
                UserDataVersions.Add(new UserDataVersion { UserId = key, Stamp = NewStamp() });
            }
            else
            {
                row.Stamp = NewStamp();
            }
        }
    }

    /// <summary>The owners (and the custom-bodies key) whose data this save changes.</summary>
    private List<string> ChangedOwnerKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is UserDataVersion)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case CustomBodyDefinition:
                    keys.Add(UserDataVersion.CustomBodiesKey);
                    continue;
                case CpdUser user when entry.State == EntityState.Added:
                    keys.Add(user.Id);
                    continue;
            }

            AddOwner(entry, keys);
        }

        return [.. keys];
    }

    private static void AddOwner(EntityEntry entry, HashSet<string> keys)
    {
        if (entry.Metadata.FindProperty(OwnerIdProperty) is not { ClrType: var type } property || type != typeof(string))
        {
            return;
        }

        var owner = entry.Property(property.Name);
        if (owner.CurrentValue is string current && current.Length > 0)
        {
            keys.Add(current);
        }

        if (entry.State == EntityState.Modified && owner.OriginalValue is string original && original.Length > 0)
        {
            keys.Add(original);
        }
    }

    private static long NewStamp() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));
}
