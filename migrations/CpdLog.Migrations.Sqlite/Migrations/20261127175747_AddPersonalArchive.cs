using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddPersonalArchive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArchiveImportMap",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ArchiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedElsewhere = table.Column<bool>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArchiveImportMap", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArchiveImportMap_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportedHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ArchiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ExportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedHistory_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArchiveImportMap_OwnerId_RecordType_ArchiveId",
                table: "ArchiveImportMap",
                columns: new[] { "OwnerId", "RecordType", "ArchiveId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArchiveImportMap_OwnerId_RecordType_NewId",
                table: "ArchiveImportMap",
                columns: new[] { "OwnerId", "RecordType", "NewId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedHistory_OwnerId_Kind_ArchiveId",
                table: "ImportedHistory",
                columns: new[] { "OwnerId", "Kind", "ArchiveId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArchiveImportMap");

            migrationBuilder.DropTable(
                name: "ImportedHistory");
        }
    }
}
