using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SignOffByEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SignOffId",
                table: "ReflectiveDiscussions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SignOffId",
                table: "Confirmations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SignOffEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignOffRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignOffEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignOffRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegistrantName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    BodyCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BodyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SummaryJson = table.Column<string>(type: "TEXT", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerCategory = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SignerIsNmcRegistrant = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignerProfessionalId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SignerRegulator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignerAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SignerPostcode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ItemsConfirmed = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SignedText = table.Column<string>(type: "TEXT", nullable: false),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignOffRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignOffRequests_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignOffEvents_OwnerId_At",
                table: "SignOffEvents",
                columns: new[] { "OwnerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SignOffEvents_SignOffRequestId",
                table: "SignOffEvents",
                column: "SignOffRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_SignOffRequests_OwnerId_RegistrationId",
                table: "SignOffRequests",
                columns: new[] { "OwnerId", "RegistrationId" });

            migrationBuilder.CreateIndex(
                name: "IX_SignOffRequests_TokenHash",
                table: "SignOffRequests",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignOffRequests_VerificationCode",
                table: "SignOffRequests",
                column: "VerificationCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignOffEvents");

            migrationBuilder.DropTable(
                name: "SignOffRequests");

            migrationBuilder.DropColumn(
                name: "SignOffId",
                table: "ReflectiveDiscussions");

            migrationBuilder.DropColumn(
                name: "SignOffId",
                table: "Confirmations");
        }
    }
}
