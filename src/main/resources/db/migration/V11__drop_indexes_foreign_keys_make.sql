-- H2 gives every foreign key an index of exactly its columns, even when a wider index starting with them exists:
-- plan_node was indexed by plan_id and by parent_id twice over. The wider indexes served no query the foreign
-- keys' own do not (a plan's nodes are read by plan and sorted by ordinal; a node's children by parent), and
-- storing a plan at the limits wrote them for every one of its 20,000 nodes.
DROP INDEX plan_node_plan_idx;
DROP INDEX plan_node_parent_idx;
