using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComplianceChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UserDataChanges",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserDataChanges", x => new { x.UserId, x.Stamp, x.Kind, x.EntityId });
                });

            // --- Hand-written data repair (same SQL on SQLite and PostgreSQL; carry across if regenerated) ---
            // The stamps were random 64-bit values; they are now change numbers raised by one per save. Start every
            // number at 0 so it can never overflow (no cache survives a deployment, so nothing keys on the old values).
            migrationBuilder.Sql("UPDATE \"UserDataVersions\" SET \"Stamp\" = 0;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UserDataChanges");
        }
    }
}
