package org.kesudesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kesudesk.parse.SampleDocumentTest.bytes;
import static org.kesudesk.parse.SampleDocumentTest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.kesudesk.model.PlanNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * A Word file that draws a 专栏 as a text box, as Word writes one: the shape, and the same box again as the fallback
 * for older readers. Its paragraphs are read once, where the box is anchored — not lost, as POI's paragraph text
 * leaves boxes out, and not twice.
 */
class DocxTextBoxesTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void aBoxDrawnAsATextBox_isReadOnce_whereItIsAnchored() throws IOException, XmlException {
        String text = new String(bytes("styles/boxes.txt"), StandardCharsets.UTF_8);
        List<String> box = new ArrayList<>();
        XWPFDocument word = new XWPFDocument();
        boolean inBox = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("专栏1")) {
                inBox = true;
            }
            if (inBox && line.isBlank()) {
                // the box, anchored in a paragraph of its own where it stood
                word.createParagraph().getCTP().addNewR().set(textBox(box));
                inBox = false;
                continue;
            }
            if (inBox) {
                box.add(line);
            } else {
                word.createParagraph().createRun().setText(line);
            }
        }
        assertThat(box).as("the fixture's first box").hasSize(3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        word.write(bytes);

        ParseReport report = read("boxes.docx", bytes.toByteArray());

        PlanNode youth = report.document().items().get(0);
        assertThat(youth.children()).extracting(PlanNode::title).containsExactly("将弘扬科学精神贯穿于育人全链条",
                "实施科技教育", "建立校内外科学教育资源衔接机制");
        String boxed = youth.children().get(1).text();
        assertThat(boxed).contains("专栏1", "科技辅导员培训");
        assertThat(boxed.indexOf("科学教育资源建设")).as("read once").isEqualTo(boxed.lastIndexOf("科学教育资源建设"))
                .isPositive();
    }

    /** A run holding a text box as Word writes it: a shape, and the box again as VML for older readers. */
    private static CTR textBox(List<String> lines) throws XmlException {
        StringBuilder paragraphs = new StringBuilder();
        for (String line : lines) {
            paragraphs.append("<w:p><w:r><w:t>").append(line).append("</w:t></w:r></w:p>");
        }
        String content = "<w:txbxContent>" + paragraphs + "</w:txbxContent>";
        String xml = "<w:r xmlns:w='" + W + "' xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'"
                + " xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'"
                + " xmlns:v='urn:schemas-microsoft-com:vml'"
                + " xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'"
                + " xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'>"
                + "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor><a:graphic><a:graphicData>"
                + "<wps:wsp><wps:txbx>" + content + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
                + "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + content
                + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        XmlOptions options = new XmlOptions();
        options.setLoadReplaceDocumentElement(null);
        return CTR.Factory.parse(xml, options);
    }
}
