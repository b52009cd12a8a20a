-- H2 makes an index for every foreign key by itself; these two indexes were declared again by name on the same
-- columns, so every row stored was indexed twice for nothing (a tenth of the time a large plan takes to store).
DROP INDEX assignment_unit_idx;
DROP INDEX indicator_node_idx;
