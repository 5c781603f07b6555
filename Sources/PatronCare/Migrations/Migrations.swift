import Fluent
import Vapor

extension Application {
    /// Every migration in the order it shipped. Never edit one that has shipped: add a new one.
    func registerMigrations() {
        migrations.add(SessionRecord.migration)
        migrations.add(CreateStaffUser())
        migrations.add(CreateMember())
        migrations.add(CreateMemberDocument())
        migrations.add(CreateDeposits())
        migrations.add(CreateOutboxMessage())
        migrations.add(CreateMessageTemplate())
        migrations.add(CreateOutboxAttempt())
        migrations.add(CreatePostcardBatch())
        migrations.add(CreateFeedback())
        migrations.add(CreateDepositBalanceGuard())
        migrations.add(CreateIntegrityCheckRun())
        migrations.add(CreateStaffSession())
        migrations.add(UpdateStaffUserAddSignInControls())
        migrations.add(CreateSignInEvent())
        migrations.add(CreateRateLimits())
        migrations.add(CreateAuditLog())
        migrations.add(UpdateLedgerEntrySealProxyIDNumber(cipher: config.dataCipher))
        migrations.add(UpdateMemberAddContactPreferences())
        migrations.add(CreateContactPreferenceChange())
        migrations.add(CreateCampaign())
        migrations.add(CreateHoliday())
    }
}
