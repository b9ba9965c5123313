-- When a department's liaisons were told of their part of a joint penalty case, and reminded of its response
-- deadline: each set once, by a conditional update, so retried steps and several nodes tell them once.
ALTER TABLE penalty_response ADD announced_at TIMESTAMP;
ALTER TABLE penalty_response ADD reminded_at TIMESTAMP;
