-- Whom a pledge template is written for (organisations, natural persons or both), and the pledge text a natural
-- person signs where a template for both words it differently ("本人" instead of "本单位").
ALTER TABLE pledge_template ADD audience VARCHAR(16) DEFAULT 'ALL' NOT NULL;
ALTER TABLE pledge_template_version ADD person_pledge_text ${clob};
