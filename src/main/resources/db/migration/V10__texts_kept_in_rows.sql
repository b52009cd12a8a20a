-- A node's text up to 64 KB (the 20,000 characters a text may have, in UTF-8) is kept in its row instead of H2's
-- separate store of large objects: that store wrote each of a large plan's task texts as an object of its own, a
-- sixth of the time storing a plan at the limits took, and reading a plan read each one back separately.
-- Texts stored before stay where they are; H2 reads both. (An H2 setting: another engine needs no such line.)
SET MAX_LENGTH_INPLACE_LOB 65536;
