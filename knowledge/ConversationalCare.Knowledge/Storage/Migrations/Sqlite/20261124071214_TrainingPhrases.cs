using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ConversationalCare.Knowledge.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrainingPhrases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainingPhrases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedIn = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovalRequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RemovalRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovedIn = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPhrases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingPublications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPublications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPhrases_Kind_Label_State",
                table: "TrainingPhrases",
                columns: new[] { "Kind", "Label", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPhrases_Kind_Locale_Fingerprint",
                table: "TrainingPhrases",
                columns: new[] { "Kind", "Locale", "Fingerprint" },
                unique: true,
                filter: "\"State\" <> 'Removed'");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPublications_Kind_Id",
                table: "TrainingPublications",
                columns: new[] { "Kind", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingPhrases");

            migrationBuilder.DropTable(
                name: "TrainingPublications");
        }
    }
}
