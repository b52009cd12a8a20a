package org.kesudesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void collectivesAreToldFromDepartmentsByTheirNames() {
        for (String collective : new String[] {"各成员单位", "各县（市）区政府", "市直有关部门", "有关企业", "其他有关部门",
                "县政府各部门", "其他相关部门", "市直各相关部门", "市直相关单位"}) {
            assertThat(Unit.isCollectiveName(collective)).as(collective).isTrue();
        }
        for (String department : new String[] {"市教育局", "团市委", "市科协", "各级工会组织代表处".substring(1)}) {
            assertThat(Unit.isCollectiveName(department)).as(department).isFalse();
        }
        assertThat(Unit.create("各成员单位", 1).isCollective()).isTrue();
    }
}
