using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ArchiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    NewId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedElsewhere = table.Column<bool>(type: "boolean", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ArchiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ExportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
