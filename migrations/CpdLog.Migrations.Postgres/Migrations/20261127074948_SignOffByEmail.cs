using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Postgres.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SignOffId",
                table: "Confirmations",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SignOffEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SignOffRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Actor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Details = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignOffEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignOffRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RegistrantName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    BodyCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BodyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    SummaryJson = table.Column<string>(type: "text", nullable: false),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignerRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignerCategory = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SignerIsNmcRegistrant = table.Column<bool>(type: "boolean", nullable: false),
                    SignerProfessionalId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SignerRegulator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SignerAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SignerPostcode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ItemsConfirmed = table.Column<int>(type: "integer", nullable: false),
                    DeclineReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SignedText = table.Column<string>(type: "text", nullable: false),
                    ContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VerificationCode = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: true)
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
