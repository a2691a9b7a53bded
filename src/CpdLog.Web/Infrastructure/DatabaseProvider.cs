namespace CpdLog.Web.Infrastructure;

using CpdLog.Data;
using Microsoft.EntityFrameworkCore;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
