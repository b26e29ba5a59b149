#include "profileform.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace nianbao {

ProfileForm::ProfileForm(Ledger &ledger, int organizationId, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_organizationId(organizationId)
{
    const auto org = ledger.organization(organizationId);
    const Organization profile = org ? org->profile : Organization();
    auto *form = new QFormLayout(this);
    const std::pair<QString, QString> fields[] = {
        {u"name"_s, tr("&Name of the organization")}, {u"address"_s, tr("&Address")},
        {u"postcode"_s, tr("&Postcode")},              {u"phone"_s, tr("Pho&ne")},
        {u"email"_s, tr("&Email")},                    {u"website"_s, tr("&Website")},
        {u"contact_office"_s, tr("&Contact office")}};
    const QString values[] = {profile.name,  profile.address, profile.postcode, profile.phone,
                              profile.email, profile.website, profile.contactOffice};
    int i = 0;
    for (const auto &[key, label] : fields) {
        auto *edit = new QLineEdit(values[i++], this);
        edit->setAccessibleName(QString(label).remove(u'&'));
        form->addRow(label, edit);
        m_fields.insert(key, edit);
        connect(edit, &QLineEdit::editingFinished, this, &ProfileForm::save);
    }
}

QLineEdit *ProfileForm::field(const QString &name) const
{
    return m_fields.value(name);
}

void ProfileForm::save()
{
    const auto old = m_ledger.organization(m_organizationId);
    if (!old)
        return;
    Organization p{field(u"name"_s)->text().trimmed(),     field(u"address"_s)->text().trimmed(),
                   field(u"postcode"_s)->text().trimmed(), field(u"phone"_s)->text().trimmed(),
                   field(u"email"_s)->text().trimmed(),    field(u"website"_s)->text().trimmed(),
                   field(u"contact_office"_s)->text().trimmed()};
    if (p == old->profile)
        return;
    const Status s = m_ledger.updateOrganization(m_organizationId, p);
    if (!s) {
        emit message(s.message);
        const QString values[] = {old->profile.name,  old->profile.address, old->profile.postcode,
                                  old->profile.phone, old->profile.email,   old->profile.website,
                                  old->profile.contactOffice};
        int i = 0;
        for (const QString &key : {u"name"_s, u"address"_s, u"postcode"_s, u"phone"_s, u"email"_s,
                                   u"website"_s, u"contact_office"_s})
            field(key)->setText(values[i++]);
        return;
    }
    emit message(tr("Profile saved"));
    if (p.name != old->profile.name)
        emit renamed();
}

} // namespace nianbao
