// The lock node that serialises dependency changes, so that two cycle checks cannot both pass.
CREATE CONSTRAINT change_lock_id IF NOT EXISTS FOR (n:ChangeLock) REQUIRE n.id IS UNIQUE;
