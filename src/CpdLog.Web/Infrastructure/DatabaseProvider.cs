namespace CpdLog.Web.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
