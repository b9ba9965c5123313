-- Issue 22, evaluation fixes: the factors of an evaluation are as many as the model has tables, so they are kept
-- in a large text column (a VARCHAR(1000) overflowed and failed the transaction that changed the record).
-- ADD without COLUMN and RENAME COLUMN run on H2, PostgreSQL and Oracle alike.
ALTER TABLE credit_evaluation ADD factors_text ${clob};
UPDATE credit_evaluation SET factors_text = factors;
ALTER TABLE credit_evaluation DROP COLUMN factors;
ALTER TABLE credit_evaluation RENAME COLUMN factors_text TO factors;
