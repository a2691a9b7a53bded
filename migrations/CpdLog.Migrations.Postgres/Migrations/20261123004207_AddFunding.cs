using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdLog.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddFunding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgreementTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MinFees = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    MinCredits = table.Column<int>(type: "integer", nullable: true),
                    ScheduleKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Tiers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LinearMonths = table.Column<int>(type: "integer", nullable: false),
                    Triggers = table.Column<int>(type: "integer", nullable: false),
                    Waivers = table.Column<int>(type: "integer", nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApprovalDelegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LineManagerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DelegateId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalDelegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovalDelegations_AspNetUsers_DelegateId",
                        column: x => x.DelegateId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApprovalDelegations_AspNetUsers_LineManagerId",
                        column: x => x.LineManagerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Budgets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CostCentre = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FinancialYearStart = table.Column<int>(type: "integer", nullable: false),
                    Allocated = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundingAudit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FundingRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    CostCentre = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Provider = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Mode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PdpGoalId = table.Column<Guid>(type: "uuid", nullable: true),
                    TuitionFee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    ExamFee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    TravelCost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    OtherCost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    StudyLeaveHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    StudyLeaveDates = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PlannedHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    AcademicCredits = table.Column<int>(type: "integer", nullable: false),
                    Justification = table.Column<string>(type: "text", nullable: false),
                    ExpectedImpact = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CostCentre = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FinancialYearStart = table.Column<int>(type: "integer", nullable: false),
                    ApprovedAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    ApprovedLeaveHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    AmountReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RetrospectiveAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    FirstApproverId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    FinalApproverId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    BudgetOverrideReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SpentAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    ActualHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reflection = table.Column<string>(type: "text", nullable: false),
                    CertificateKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CertificateFileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: true),
                    AwaitingSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastReminderAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingRequests_AspNetUsers_RequesterId",
                        column: x => x.RequesterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PdpGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsPrivate = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PdpGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PdpGoals_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementAcceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FundingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateVersion = table.Column<int>(type: "integer", nullable: false),
                    AcceptedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Fees = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    ScheduleText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementAcceptances_AgreementTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "AgreementTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgreementAcceptances_FundingRequests_FundingRequestId",
                        column: x => x.FundingRequestId,
                        principalTable: "FundingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FundingRequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    LeaveHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingDecisions_FundingRequests_FundingRequestId",
                        column: x => x.FundingRequestId,
                        principalTable: "FundingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_FundingRequestId",
                table: "AgreementAcceptances",
                column: "FundingRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementAcceptances_TemplateId",
                table: "AgreementAcceptances",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementTemplates_FamilyId_Version",
                table: "AgreementTemplates",
                columns: new[] { "FamilyId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalDelegations_DelegateId",
                table: "ApprovalDelegations",
                column: "DelegateId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalDelegations_LineManagerId",
                table: "ApprovalDelegations",
                column: "LineManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_CostCentre_FinancialYearStart",
                table: "Budgets",
                columns: new[] { "CostCentre", "FinancialYearStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingAudit_At",
                table: "FundingAudit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_FundingDecisions_FundingRequestId_At",
                table: "FundingDecisions",
                columns: new[] { "FundingRequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FundingRequests_CostCentre_FinancialYearStart",
                table: "FundingRequests",
                columns: new[] { "CostCentre", "FinancialYearStart" });

            migrationBuilder.CreateIndex(
                name: "IX_FundingRequests_RequesterId_Status",
                table: "FundingRequests",
                columns: new[] { "RequesterId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FundingRequests_Status_AwaitingSince",
                table: "FundingRequests",
                columns: new[] { "Status", "AwaitingSince" });

            migrationBuilder.CreateIndex(
                name: "IX_PdpGoals_OwnerId_DeletedAt",
                table: "PdpGoals",
                columns: new[] { "OwnerId", "DeletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementAcceptances");

            migrationBuilder.DropTable(
                name: "ApprovalDelegations");

            migrationBuilder.DropTable(
                name: "Budgets");

            migrationBuilder.DropTable(
                name: "FundingAudit");

            migrationBuilder.DropTable(
                name: "FundingDecisions");

            migrationBuilder.DropTable(
                name: "PdpGoals");

            migrationBuilder.DropTable(
                name: "AgreementTemplates");

            migrationBuilder.DropTable(
                name: "FundingRequests");
        }
    }
}
